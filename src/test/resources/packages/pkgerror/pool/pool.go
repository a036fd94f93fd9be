package pool

func New() int {
	x := 1
	return "two"
}
