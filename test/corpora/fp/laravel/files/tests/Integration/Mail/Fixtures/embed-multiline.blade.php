Embed multiline content: <img
    src="{{ $message->embedData('foo', 'foo.jpg', 'image/png') }}"
    alt="multiline image"
>
