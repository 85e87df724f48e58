# Runtime hook: runs in the frozen app before the console's own code.
#
# keyring chooses among the KeyringBackend subclasses that have been imported, after loading
# the ones announced as entry points (keyring.backend.get_all_keyring). A frozen app can lose
# that entry-point metadata (keyring issue #324, pyinstaller issue #4569) and keyring then
# settles for fail.Keyring without a word; importing every OS's backend here registers them
# regardless. Modules for another OS import fine and simply report themselves not viable.
import importlib

for _name in (
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
):
    try:
        importlib.import_module(_name)
    except Exception:  # a backend whose OS library is missing is simply not offered
        pass
del _name
