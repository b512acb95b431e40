<x-panel class="ml-2" :name="$name">
    Panel contents
</x-panel>
