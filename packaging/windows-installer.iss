; Inno Setup script: wraps dist\meetergo-console\ (PyInstaller one-folder build) into an installer.
;   iscc packaging\windows-installer.iss
; Sign the exe and the installer with signtool (or Azure Artifact Signing) after building.
#define AppVersion "0.1.0"

[Setup]
AppId={{6C7A3C55-6D1E-4E43-9E8B-2B4F1C8D9A10}
AppName=meetergo console
AppVersion={#AppVersion}
AppPublisher=meetergo-console
DefaultDirName={autopf}\meetergo console
DefaultGroupName=meetergo console
OutputBaseFilename=meetergo-console-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\dist\meetergo-console\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\meetergo console"; Filename: "{app}\meetergo-console.exe"
Name: "{autodesktop}\meetergo console"; Filename: "{app}\meetergo-console.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\meetergo-console.exe"; Description: "{cm:LaunchProgram,meetergo console}"; Flags: nowait postinstall skipifsilent
