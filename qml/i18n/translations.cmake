# Translations: filled in once the screens exist.
