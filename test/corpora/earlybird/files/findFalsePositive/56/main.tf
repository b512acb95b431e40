credentials = file(var.credPath)
