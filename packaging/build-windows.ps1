# Builds the Windows app and its per-user installer, signs both when a certificate is given, and
# runs the frozen smoke test:
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
# Needs uv and Inno Setup 6 (iscc.exe; GitHub's windows runners have it, else `choco install innosetup`).
# Signing (optional): WINDOWS_CERTIFICATE = base64 of a .pfx, WINDOWS_CERTIFICATE_PASSWORD.
# Output: dist\meetergo-console\ and dist\meetergo-console-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    # Only the program's name: the signing arguments carry the certificate's password.
    if ($LASTEXITCODE -ne 0) { throw "$(Split-Path $Program -Leaf) failed with exit code $LASTEXITCODE" }
}

Invoke-Checked uv @("sync", "--group", "packaging")
Invoke-Checked uv @("run", "python", "packaging/compile_translations.py")
Invoke-Checked uv @("run", "pyinstaller", "packaging/meetergo-console.spec", "--noconfirm", "--log-level", "WARN")
$version = (& uv run python -c "import console; print(console.__version__)").Trim()
$exe = "dist\meetergo-console\meetergo-console.exe"

$signing = -not [string]::IsNullOrEmpty($env:WINDOWS_CERTIFICATE)
if ($signing) {
    $scratch = if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { $env:TEMP }
    $pfx = Join-Path $scratch "meetergo-console.pfx"
    [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE))
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
    $sign = @("sign", "/fd", "sha256", "/tr", "http://timestamp.digicert.com", "/td", "sha256",
              "/f", $pfx, "/p", $env:WINDOWS_CERTIFICATE_PASSWORD)
    Invoke-Checked $signtool ($sign + @($exe))
} else {
    Write-Host "WINDOWS_CERTIFICATE not set: the app and installer stay unsigned"
}

# The frozen smoke test, on the build folder (the installer only copies it). The exe is a GUI
# program: Start-Process -Wait is what waits for it and gives its exit code and output.
$smokeOut = Join-Path $env:TEMP "meetergo-smoke.txt"
$env:QT_QPA_PLATFORM = "offscreen"
$proc = Start-Process -FilePath $exe -ArgumentList "--smoke-test", "--require-keyring" -Wait -PassThru `
    -NoNewWindow -RedirectStandardOutput $smokeOut -RedirectStandardError "$smokeOut.err"
Get-Content $smokeOut -Encoding utf8
if ($proc.ExitCode -ne 0) { Get-Content "$smokeOut.err"; throw "frozen smoke test failed ($($proc.ExitCode))" }
Remove-Item Env:\QT_QPA_PLATFORM

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$isccArgs = @("/DAppVersion=$version")
if ($signing) {
    # Inno Setup's /S command: $q stands for a quote character, $f for the quoted file to sign.
    $quoted = ($sign | ForEach-Object { if ($_ -match '[\s"]') { '$q' + $_ + '$q' } else { $_ } }) -join " "
    $isccArgs += @("/DSign", ("/Ssigntool=" + '$q' + $signtool + '$q ' + $quoted + ' $f'))
}
Invoke-Checked $iscc ($isccArgs + @("packaging\windows-installer.iss"))
if ($signing) { Remove-Item $pfx }
$size = [math]::Round(((Get-ChildItem dist\meetergo-console -Recurse | Measure-Object Length -Sum).Sum / 1MB), 1)
Write-Host "bundle: dist\meetergo-console $size MB; installer: dist\meetergo-console-$version-setup.exe"
