@php
    throw new Illuminate\Tests\Integration\View\RenderableException;
@endphp
