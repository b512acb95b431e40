password = "SecretValue1673"
