; Inno Setup script: a per-user installer for dist\meetergo-console\ (PyInstaller one-folder build).
;   iscc /DAppVersion=0.1.0 packaging\windows-installer.iss
;   iscc /DAppVersion=0.1.0 /DSign "/Ssigntool=$qC:\path\to\signtool.exe$q sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f cert.pfx /p PASSWORD $f" packaging\windows-installer.iss
; packaging\build-windows.ps1 passes both (the signing part only when a certificate is given).
; Output: dist\meetergo-console-<version>-setup.exe

#ifndef AppVersion
  #error Pass the package version: iscc /DAppVersion=X.Y.Z (build-windows.ps1 reads it from console\__init__.py)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6C7A3C55-6D1E-4E43-9E8B-2B4F1C8D9A10}
AppName=meetergo console
AppVersion={#AppVersion}
AppVerName=meetergo console {#AppVersion}
AppPublisher=meetergo-console
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription=meetergo console setup
; Per user: no administrator rights, installs under %LOCALAPPDATA%\Programs like other
; per-user desktop apps; staff may pick "all users" in the dialog if they are administrators.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\meetergo console
DefaultGroupName=meetergo console
DisableProgramGroupPage=yes
UninstallDisplayName=meetergo console
UninstallDisplayIcon={app}\meetergo-console.exe
SetupIconFile=..\resources\icons\meetergo-console.ico
OutputDir=..\dist
OutputBaseFilename=meetergo-console-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
WizardStyle=modern
CloseApplications=yes
#ifdef Sign
; The "signtool" tool is defined on the iscc command line (/Ssigntool=...); Inno Setup signs the
; installer and its uninstaller with it.
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\meetergo-console\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; A new version's bundle replaces the old one entirely (no stale libraries from the last build).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\meetergo console"; Filename: "{app}\meetergo-console.exe"
Name: "{group}\{cm:UninstallProgram,meetergo console}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\meetergo console"; Filename: "{app}\meetergo-console.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\meetergo-console.exe"; Description: "{cm:LaunchProgram,meetergo console}"; Flags: nowait postinstall skipifsilent
