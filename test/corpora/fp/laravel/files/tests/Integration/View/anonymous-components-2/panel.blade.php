<div class="panel">
    {{ $slot }}
</div>
