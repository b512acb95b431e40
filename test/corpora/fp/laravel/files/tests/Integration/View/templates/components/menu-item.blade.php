@aware(['color' => 'red', 'default' => 'foo'])
<div>Slot: {{ $slot }}, Color: {{ $color }}, Default: {{ $default }}</div>
