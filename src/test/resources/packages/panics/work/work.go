package work

type Queue struct {
	items []int
	limit int
}

func NewQueue(limit int) *Queue { return &Queue{limit: limit} }

func (q *Queue) Push(x int) {
	if len(q.items) == q.limit {
		panic("work: queue full")
	}
	q.items = append(q.items, x)
}

func (q *Queue) Len() int { return len(q.items) }
