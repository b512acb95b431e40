		"credentials" : "omit"
