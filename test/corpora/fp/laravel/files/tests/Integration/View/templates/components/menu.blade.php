<h1>Menu</h1>
<x-menu-item color="orange">A</x-menu-item>
<x-menu-item>B</x-menu-item>
{{ $slot }}
<x-menu-item>E</x-menu-item>
<x-menu-item color="yellow">F</x-menu-item>
