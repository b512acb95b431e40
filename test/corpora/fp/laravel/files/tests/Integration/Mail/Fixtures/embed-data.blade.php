Embed data content: {{ $message->embedData('foo', 'foo.jpg', 'image/png') }}
