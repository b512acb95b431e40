Hello {{ $name }}
