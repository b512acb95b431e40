authKey: V3RyStr0nG@uThk3Y
