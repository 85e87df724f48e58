# Runtime hook: runs in the frozen app before the console's own code.
#
# keyring chooses among the KeyringBackend subclasses that have been imported, after loading
# the ones announced as entry points (keyring.backend.get_all_keyring -> _load_plugins). A
# frozen app can lose that entry-point metadata (keyring issue #324, pyinstaller issue #4569)
# and keyring then settles for fail.Keyring without a word. So the plugin loader is extended to
# import every OS's bundled backend as well. It runs when keyring first picks a backend, not at
# start-up: the Secret Service backend pulls in cryptography, which the first window need not
# wait for. Modules for another OS import fine and simply report themselves not viable.
import importlib

import keyring.backend as _keyring_backend

_BUNDLED_BACKENDS = (
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
)
_load_entry_points = _keyring_backend._load_plugins


def _load_plugins_and_bundled_backends() -> None:
    _load_entry_points()
    for name in _BUNDLED_BACKENDS:
        try:
            importlib.import_module(name)
        except Exception:  # a backend whose OS library is missing is simply not offered
            pass


_keyring_backend._load_plugins = _load_plugins_and_bundled_backends
