Embedded image: <img src="{{ $message->embed($image) }}" alt="Embedded test image" />
