"""The distribution's own smoke tests run with its pytest plugin, as a user's suite would."""

pytest_plugins = ["emulator.pytest_plugin"]
