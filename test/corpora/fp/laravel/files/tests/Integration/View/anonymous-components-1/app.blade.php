<div class="app-layout">
    {{ $slot }}
</div>
