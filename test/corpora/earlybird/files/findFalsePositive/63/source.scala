		val DBpassword = appConfig.getString("db.jdbc.pwd")
