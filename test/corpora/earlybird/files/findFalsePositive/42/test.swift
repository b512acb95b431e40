		var txtFieldPassword: UITextField! = nil
