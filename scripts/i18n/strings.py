# Source of the three _locales catalogues while they are being written: one row per key,
# (key, en, ru, kk, placeholders, description). Run once to write _locales/*/messages.json.
