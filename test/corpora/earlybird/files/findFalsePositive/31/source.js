		credentials=include
