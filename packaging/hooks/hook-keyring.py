# Replaces PyInstaller's own hook-keyring: every backend module, keyring's entry-point metadata
# (how keyring announces its backends) and the libraries the backends talk to the OS through.
# Without them keyring falls back to fail.Keyring (keyring issue #591, pyinstaller issue #4569).
import sys

from PyInstaller.utils.hooks import collect_submodules, copy_metadata

hiddenimports = collect_submodules("keyring.backends")
datas = copy_metadata("keyring")
if sys.platform.startswith("linux"):
    hiddenimports += collect_submodules("secretstorage") + collect_submodules("jeepney")
    datas += copy_metadata("SecretStorage") + copy_metadata("jeepney")
elif sys.platform == "win32":
    hiddenimports += collect_submodules("win32ctypes")
