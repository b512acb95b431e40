{{__('nom')}} {{ Illuminate\Support\Carbon::tomorrow()->diffForHumans() }}
