"kerberos_authentication": "YI7IB6wYJgaMgHAgIKoZI2AQBuIh2cSA0IB1qA"
"authorization": "aMgHAgIKhwLgGq02iQoZI1AQBuOh4cSAQ8B1qA"
headers = {authorization: /oauth_signature="JgEWaL6V6eM%2FFb9wuXG4I3IB6wY%3D"/, content_type: 'application/json; charset=utf-8'}
Authorization: NTLM TlRMTUAAABABoITVNIAAZI1AQBuOh4cSAQ8B1A=
