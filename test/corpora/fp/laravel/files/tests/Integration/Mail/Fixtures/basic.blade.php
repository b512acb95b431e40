# My basic content
