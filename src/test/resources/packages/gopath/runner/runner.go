package runner

// Runs counts calls of Start.
var Runs int

type Runner struct{ tasks []func(int) }

func New() *Runner { return &Runner{} }

func (r *Runner) Add(t func(int)) { r.tasks = append(r.tasks, t) }

func (r *Runner) Start() int {
	Runs++
	for i, t := range r.tasks {
		t(i)
	}
	return len(r.tasks)
}
