credentials = fileSecret1234
