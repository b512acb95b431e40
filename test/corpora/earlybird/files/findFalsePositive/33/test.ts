		'credentials' : 'same-origin'
