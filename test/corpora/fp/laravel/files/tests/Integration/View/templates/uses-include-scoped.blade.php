@includeIsolated('partials.scoped-partial', ['explicitVar' => $explicitVar])
