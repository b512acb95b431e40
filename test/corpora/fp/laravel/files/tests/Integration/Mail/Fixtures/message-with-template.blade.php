@component('mail::message')
*Hi* {{ $user->name }}

@endcomponent
