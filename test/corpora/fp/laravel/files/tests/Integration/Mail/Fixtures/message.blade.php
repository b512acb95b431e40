My message is: {{ $message }}.
