# Make sure every keyring backend and keyring's entry-point metadata reach the frozen app;
# without them keyring falls back to fail.Keyring (keyring #591, pyinstaller #4569).
from PyInstaller.utils.hooks import collect_submodules, copy_metadata

hiddenimports = collect_submodules("keyring.backends")
datas = copy_metadata("keyring")
