		let password = "do_not_use_this_in_production"
