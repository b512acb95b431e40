#!/bin/env python

# The sample is used for deep scan mode only. No credentials should be found in regular mode.

import ast
import os

SECRET_CREDENTIAL_API_KEY = \
    'a3f1ef0ff53236141253c0372'

AUTH = ("Basic "
        "Hbr73gu7gdsr==")

AUTH_CREDENTIAL_SECRET = \
    f'RlQ8MGlWH8Hn1TrHn6WBfy31EhIIJmBsuUBOU8H2AJ6KnJC0L3djWHaqhDTZTth'

API_SECRET_KEY = \
    bytes([223, 66, 216, 52, 221, 30, 216, 36, 216, 55, 216, 1, 216, 82, 223, 98])

AUTH_SECRET_NONCE = \
    bytearray([0xDF, 0x42, 0xD8, 0x34, 0xDD, 0x1E, 0xD8, 0x24, 0xD8, 0x37, 0xD8, 0x01, 0xD8, 0x52, 0xDF, 0x62])

PASSWORD = \
    """\uDF42\uD834\uDD1E\uD824\uD837\uD801\uD852\uDF62"""

SALT = \
    b"\xDF42\xD834\xDD1E\xD824\xD837\xD801\xD852\xDF62"

SECRET = os.getenv(  #
    "SECRET",  #
    "R15br4jtfcFbWh9G7EZTb6jR12c9We")

X_Auth_Tokens = [
    """\t8ab20238fb3ef48823e75469b5712d3f0baf2e58\r\n""",  #
    "\tf692a26934cc39327e912b102b5ed60d31da9a34\r\n",  #
]  #

TOKEN = \
    0x38fb3ef48823e75469b5712

if __name__ == "__main__":
    with open(__file__) as f:
        text = f.read()
    refurbished = ast.unparse(ast.parse(text))
    print(refurbished)
