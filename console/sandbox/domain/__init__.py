"""The sandbox's rules and SQL, one module per entity; :class:`~console.sandbox.state.SandboxState`
is the facade the routes, the seed and the traffic simulator go through."""
