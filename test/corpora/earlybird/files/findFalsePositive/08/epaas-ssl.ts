      passphrase: pass,
