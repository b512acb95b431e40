@props([
    'name',
])

<span {{ $attributes }}>
    Hello {{ $name }}
</span>
