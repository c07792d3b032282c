import { createRoot } from 'react-dom/client';
import '@/components/ui.css';
import './onboarding.css';
import { App } from './app';

createRoot(document.getElementById('root')!).render(<App />);
