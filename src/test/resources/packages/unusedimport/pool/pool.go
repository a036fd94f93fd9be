package pool

func New() {}
