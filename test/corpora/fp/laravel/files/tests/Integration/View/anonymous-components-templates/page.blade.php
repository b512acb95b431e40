<x-layouts::app>
    <x-panel>
        Panel content.

        <x-buttons.danger />
    </x-panel>
</x-layouts::app>
