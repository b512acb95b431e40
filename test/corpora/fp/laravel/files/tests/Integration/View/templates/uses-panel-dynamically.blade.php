<x-dynamic-component component="panel" class="ml-2" :name="$name" wire:model="foo" wire:model.lazy="bar">
    Panel contents
</x-dynamic-component>
