password = "StrongFinding5813!"
