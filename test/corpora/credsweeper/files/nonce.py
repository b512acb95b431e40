nonce = 'bsfcvir57nt40rydvtbhs8lzbgljmet5'
secure_yaml = """
password: F1lT3ReDw17hQoT3s
"""

# line wrap
key_wrap = 'KJHhJKhKU7yguyuyfrtsdESffhjgkhYT\
fdjs8Gf5jlli=='  # the line will be found in deep scan

# multiline
key_multi = '''KJHfdjs8767gr54534wsFHGf5hJKhK
U7yguyuyFHGf5=='''  # the line will be found in deep scan
