@props(['name'])

<div {{ $attributes }}>
    Hello {{ $name }}
</div>
