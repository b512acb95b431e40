	const val AUTHORIZATION_TOKEN = "Authorization Token",
