@props(['href'])

<a href="{{ $href }}">{{ $slot }}</a>