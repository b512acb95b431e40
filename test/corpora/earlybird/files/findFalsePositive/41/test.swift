		let password: String! = "do_not_use_this_in_production"
