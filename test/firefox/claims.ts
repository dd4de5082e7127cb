// claims come next
